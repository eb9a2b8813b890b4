briefingSearch.terms("ab",{"able":[1,1],"about":[1,2]});
