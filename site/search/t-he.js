briefingSearch.terms("he",{"herald":[1,3],"here":[1,1],"hermit":[1,1]});
