briefingSearch.terms("us",{"us":[1,1]});
