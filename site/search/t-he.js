briefingSearch.terms("he",{"hegseth":[0,1],"herald":[1,3],"here":[1,1],"hermit":[1,1]});
